package org.cadre.ballots.internal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cadre.ballots.BallotMode;
import org.cadre.ballots.BallotState;
import org.cadre.ballots.PassRule;
import org.cadre.ballots.QuestionKind;
import org.cadre.ballots.Quorum;
import org.cadre.ballots.Scale;
import org.cadre.ballots.Turnout;
import org.cadre.people.PersonNames;
import org.springframework.stereotype.Component;

/** Ballots as pages and the API show them, with the names of the people they mention. */
@Component
public class BallotViews {

    private final PersonNames people;

    BallotViews(PersonNames people) {
        this.people = people;
    }

    public record BallotView(long id, String title, String description, BallotMode mode, BallotState state,
                             PassRule passRule, Quorum quorum, int minGroupBreakdown, String origin, Long unitId,
                             String createdBy,
                             OffsetDateTime createdAt, OffsetDateTime openedAt, OffsetDateTime closedAt,
                             OffsetDateTime publishedAt, int eligible, int voted, List<GroupView> groups,
                             List<QuestionView> questions) {
    }

    public record GroupView(long id, String name, BigDecimal weight, int eligible, int voted, Integer countedCast) {
    }

    public record QuestionView(long id, int position, QuestionKind kind, String title, Long subjectPersonId,
                               String subjectName, Scale scale, List<String> answers, Integer maxPicks,
                               boolean writeIn, Integer minScore, Integer maxScore, List<OptionView> options) {
    }

    public record OptionView(long id, String label, Long personId, BigDecimal weight) {
    }

    /** What a voter sees: the questions, without the roll or anyone's votes. */
    public record PaperView(long ballotId, String title, String description, BallotMode mode, String groupName,
                            List<QuestionView> questions) {
    }

    public record VoterView(long id, long groupId, long personId, String employeeNo, String name, boolean voted) {
    }

    public BallotView of(BallotDefinition b, Turnout turnout) {
        List<GroupView> groups = new ArrayList<>();
        for (BallotDefinition.Group g : b.groups()) {
            Turnout.Group t = turnout.groups().stream().filter(x -> x.groupId() == g.id()).findFirst()
                    .orElse(new Turnout.Group(g.id(), g.name(), 0, 0));
            groups.add(new GroupView(g.id(), g.name(), g.weight(), t.eligible(), t.voted(), g.countedCast()));
        }
        return new BallotView(b.id(), b.title(), b.description(), b.mode(), b.state(), b.passRule(), b.quorum(),
                b.minGroupBreakdown(), b.origin(), b.unitId(), b.createdBy(), b.createdAt(), b.openedAt(), b.closedAt(),
                b.publishedAt(), turnout.eligible(), turnout.voted(), groups, questions(b));
    }

    public PaperView paper(BallotDefinition b, long groupId) {
        return new PaperView(b.id(), b.title(), b.description(), b.mode(),
                b.group(groupId).map(BallotDefinition.Group::name).orElse(""), questions(b));
    }

    public List<QuestionView> questions(BallotDefinition b) {
        Set<Long> subjects = new HashSet<>();
        b.questions().forEach(q -> {
            if (q.subjectPersonId() != null) {
                subjects.add(q.subjectPersonId());
            }
        });
        Map<Long, PersonNames.Named> names = people.byIds(subjects);
        return b.questions().stream().map(q -> new QuestionView(q.id(), q.position(), q.kind(), q.title(),
                q.subjectPersonId(), q.subjectPersonId() == null || !names.containsKey(q.subjectPersonId()) ? null
                : names.get(q.subjectPersonId()).name(), q.scale(),
                q.scale() == null ? List.of() : q.scale().answers().stream().map(Enum::name).toList(),
                q.maxPicks(), q.writeIn(), q.minScore(), q.maxScore(),
                q.options().stream().map(o -> new OptionView(o.id(), o.label(), o.personId(), o.weight())).toList()))
                .toList();
    }

    public List<VoterView> voters(List<BallotRepository.Voter> voters) {
        Map<Long, PersonNames.Named> names = people.byIds(voters.stream().map(BallotRepository.Voter::personId).toList());
        return voters.stream().map(v -> {
            PersonNames.Named n = names.get(v.personId());
            return new VoterView(v.id(), v.groupId(), v.personId(), n == null ? "" : n.employeeNo(),
                    n == null ? "#" + v.personId() : n.name(), v.voted());
        }).toList();
    }
}
