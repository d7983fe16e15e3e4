package org.cadre.cadres.internal.reserve;

import java.time.LocalDate;

import org.cadre.organization.PostLevel;
import org.springframework.format.annotation.DateTimeFormat;

/** The nomination form (提名后备干部) as the page binds it. */
public class NominationForm {

    private String employeeNo;
    private PostLevel targetLevel;
    private Long targetPostId;
    private NominationSource source = NominationSource.ORGANIZATION;
    private String reason;
    private Readiness readiness = Readiness.ONE_TO_TWO_YEARS;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate nominatedOn;

    ReserveCommands.Nomination toNomination() {
        return new ReserveCommands.Nomination(employeeNo, targetLevel, targetPostId, source, reason, readiness,
                nominatedOn);
    }

    public String getEmployeeNo() { return employeeNo; }
    public void setEmployeeNo(String employeeNo) { this.employeeNo = employeeNo; }
    public PostLevel getTargetLevel() { return targetLevel; }
    public void setTargetLevel(PostLevel targetLevel) { this.targetLevel = targetLevel; }
    public Long getTargetPostId() { return targetPostId; }
    public void setTargetPostId(Long targetPostId) { this.targetPostId = targetPostId; }
    public NominationSource getSource() { return source; }
    public void setSource(NominationSource source) { this.source = source; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public Readiness getReadiness() { return readiness; }
    public void setReadiness(Readiness readiness) { this.readiness = readiness; }
    public LocalDate getNominatedOn() { return nominatedOn; }
    public void setNominatedOn(LocalDate nominatedOn) { this.nominatedOn = nominatedOn; }
}
