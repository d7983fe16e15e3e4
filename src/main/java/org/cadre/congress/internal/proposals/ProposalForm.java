package org.cadre.congress.internal.proposals;

import java.util.List;

import org.cadre.congress.ProposalCategory;
import org.cadre.congress.ProposalKind;
import org.cadre.shared.Text;

/** The proposal form as the page binds it; co-signers as employee numbers typed in one field. */
public class ProposalForm {
    private ProposalKind kind = ProposalKind.PROPOSAL;
    private String title;
    private ProposalCategory category;
    private String reasons;
    private String measures;
    private String cosigners;
    private Integer version;

    static ProposalForm of(Proposal p, List<String> cosignerNos) {
        ProposalForm form = new ProposalForm();
        form.kind = p.kind();
        form.title = p.title();
        form.category = p.category();
        form.reasons = p.reasons();
        form.measures = p.measures();
        form.cosigners = String.join(" ", cosignerNos);
        form.version = p.version();
        return form;
    }

    ProposalCommands.ProposalSpec toSpec() {
        return new ProposalCommands.ProposalSpec(title, category, reasons, measures, Text.items(cosigners));
    }

    public ProposalKind getKind() { return kind; }
    public void setKind(ProposalKind kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public ProposalCategory getCategory() { return category; }
    public void setCategory(ProposalCategory category) { this.category = category; }
    public String getReasons() { return reasons; }
    public void setReasons(String reasons) { this.reasons = reasons; }
    public String getMeasures() { return measures; }
    public void setMeasures(String measures) { this.measures = measures; }
    public String getCosigners() { return cosigners; }
    public void setCosigners(String cosigners) { this.cosigners = cosigners; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
}
