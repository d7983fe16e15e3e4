package org.cadre.cadres.internal.selection;

import java.util.LinkedHashMap;
import java.util.Map;

import org.cadre.identity.AuditLog;
import org.cadre.shared.BusinessRuleException;
import org.cadre.shared.NotFoundException;
import org.cadre.shared.Text;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Further documents of a step already recorded: attaching one (title, optional number, the file) and removing one
 * with a reason, which keeps it, marked. The step's own document stays as it is. Needs what advancing the selection
 * needs (selection:manage reaching the post's unit); each change is audited and all-or-nothing. A step may take
 * documents in any state of the selection: the probation notice comes after the appointment.
 */
@Service
@PreAuthorize("hasAuthority('selection:manage')")
class StepDocuments {

    record NewDocument(String title, String documentNo, SelectionRepository.StoredFile file) {
    }

    private final SelectionRepository repository;
    private final SelectionAccess access;
    private final AuditLog audit;

    StepDocuments(SelectionRepository repository, SelectionAccess access, AuditLog audit) {
        this.repository = repository;
        this.access = access;
        this.audit = audit;
    }

    @Transactional
    public long attach(long id, long stepId, NewDocument document) {
        Selection s = lock(id);
        Step step = repository.step(id, stepId).orElseThrow(() -> new NotFoundException("step", stepId));
        String title = Text.blankToNull(document.title());
        if (title == null) {
            throw BusinessRuleException.onField("title", "selection.validation.required");
        }
        if (title.length() > StepDocument.MAX_TITLE) {
            throw BusinessRuleException.onField("title", "selection.validation.tooLong", StepDocument.MAX_TITLE);
        }
        String documentNo = Text.blankToNull(document.documentNo());
        if (documentNo != null && documentNo.length() > StepDocument.MAX_DOCUMENT_NO) {
            throw BusinessRuleException.onField("documentNo", "selection.validation.tooLong",
                    StepDocument.MAX_DOCUMENT_NO);
        }
        SelectionRepository.StoredFile file = document.file();
        if (file == null) {
            throw BusinessRuleException.onField("file", "selection.validation.required");
        }
        if (file.content().length == 0) {
            throw BusinessRuleException.onField("file", "selection.document.empty", file.name());
        }
        if (file.content().length > SelectionForm.MAX_FILE) {
            throw BusinessRuleException.onField("file", "selection.file.tooLarge");
        }
        SelectionRepository.StoredFile kept = new SelectionRepository.StoredFile(SelectionForm.fileName(file.name()),
                SelectionForm.contentType(file.contentType()), file.content());
        long documentId = repository.insertDocument(id, stepId, title, documentNo, kept, access.actor(),
                access.now());
        audit.record("selection.documentAttached", "selection", id, s.title() + ": " + step.to() + ": " + title,
                null, facts(documentId, step, title, documentNo, kept.name(), kept.content().length));
        return documentId;
    }

    /** Removes a document from the step's list, keeping it with who, when and why. */
    @Transactional
    public void remove(long id, long stepId, long documentId, String reason) {
        Selection s = lock(id);
        Step step = repository.step(id, stepId).orElseThrow(() -> new NotFoundException("step", stepId));
        StepDocument d = repository.document(id, stepId, documentId)
                .orElseThrow(() -> new NotFoundException("document", documentId));
        if (d.removed()) {
            throw new BusinessRuleException("selection.document.alreadyRemoved", d.title());
        }
        String why = Text.blankToNull(reason);
        if (why == null) {
            throw BusinessRuleException.onField("reason", "selection.document.removalReason");
        }
        if (why.length() > 1000) {
            throw BusinessRuleException.onField("reason", "selection.validation.tooLong", 1000);
        }
        if (repository.removeDocument(documentId, why, access.actor(), access.now()) == 0) {
            throw new BusinessRuleException("selection.document.alreadyRemoved", d.title());
        }
        Map<String, Object> after = facts(documentId, step, d.title(), d.documentNo(), d.fileName(), d.size());
        after.put("removed", true);
        after.put("reason", why);
        audit.record("selection.documentRemoved", "selection", id, s.title() + ": " + step.to() + ": " + d.title()
                + " (" + why + ")", facts(documentId, step, d.title(), d.documentNo(), d.fileName(), d.size()), after);
    }

    private static Map<String, Object> facts(long documentId, Step step, String title, String documentNo,
                                             String fileName, int size) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("documentId", documentId);
        facts.put("stepId", step.id());
        facts.put("step", step.to());
        facts.put("title", title);
        facts.put("documentNo", documentNo);
        facts.put("fileName", fileName);
        facts.put("size", size);
        return facts;
    }

    private Selection lock(long id) {
        Selection s = repository.lock(id).orElseThrow(() -> new NotFoundException("selection", id));
        return access.manageable(s);
    }
}
