package org.cadre.cadres.internal.selection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

import org.cadre.organization.PostLevel;
import org.cadre.people.EducationLevel;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/** The form of a new selection: the vacancy, the method, the motion's document, an open competition's requirements. */
class SelectionForm {

    static final long MAX_FILE = 10L * 1024 * 1024;

    private String title;
    private Long postId;
    private Integer postsCount = 1;
    private SelectionMethod method = SelectionMethod.DEMOCRATIC_RECOMMENDATION;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate day;
    private String documentNo;
    private String documentTitle;
    private MultipartFile file;
    private EducationLevel minEducation;
    private Integer minWorkYears;
    private Integer maxAge;
    private PostLevel minLevel;

    SelectionCommands.NewSelection toCommand() {
        return new SelectionCommands.NewSelection(title, postId, postsCount, method, day, documentNo, documentTitle,
                stored(file), minEducation, minWorkYears, maxAge, minLevel);
    }

    /** An uploaded document, or null when none was chosen. */
    static SelectionRepository.StoredFile stored(MultipartFile file) {
        return file == null || file.isEmpty() ? null : upload(file);
    }

    /**
     * An uploaded document as it came, even empty (so that the command can say it is empty), or null when the form
     * sent no file at all. Larger than the limit is refused before it is read.
     */
    static SelectionRepository.StoredFile upload(MultipartFile file) {
        if (file == null || file.isEmpty() && (file.getOriginalFilename() == null
                || file.getOriginalFilename().isBlank())) {
            return null;
        }
        if (file.getSize() > MAX_FILE) {
            throw org.cadre.shared.BusinessRuleException.onField("file", "selection.file.tooLarge");
        }
        try {
            return new SelectionRepository.StoredFile(fileName(file.getOriginalFilename()),
                    contentType(file.getContentType()), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The type the browser said, or "octet-stream" when it said none (or something too long to be a type). */
    static String contentType(String type) {
        return type == null || type.isBlank() || type.length() > 100 ? "application/octet-stream" : type.strip();
    }

    /** The name without any folder a browser may send, at most 200 characters (the end, which has the extension). */
    static String fileName(String original) {
        String name = original == null || original.isBlank() ? "document" : original.strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        if (name.isBlank()) {
            name = "document";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public Long getPostId() { return postId; }
    public void setPostId(Long postId) { this.postId = postId; }
    public Integer getPostsCount() { return postsCount; }
    public void setPostsCount(Integer postsCount) { this.postsCount = postsCount; }
    public SelectionMethod getMethod() { return method; }
    public void setMethod(SelectionMethod method) { this.method = method; }
    public LocalDate getDay() { return day; }
    public void setDay(LocalDate day) { this.day = day; }
    public String getDocumentNo() { return documentNo; }
    public void setDocumentNo(String documentNo) { this.documentNo = documentNo; }
    public String getDocumentTitle() { return documentTitle; }
    public void setDocumentTitle(String documentTitle) { this.documentTitle = documentTitle; }
    public MultipartFile getFile() { return file; }
    public void setFile(MultipartFile file) { this.file = file; }
    public EducationLevel getMinEducation() { return minEducation; }
    public void setMinEducation(EducationLevel minEducation) { this.minEducation = minEducation; }
    public Integer getMinWorkYears() { return minWorkYears; }
    public void setMinWorkYears(Integer minWorkYears) { this.minWorkYears = minWorkYears; }
    public Integer getMaxAge() { return maxAge; }
    public void setMaxAge(Integer maxAge) { this.maxAge = maxAge; }
    public PostLevel getMinLevel() { return minLevel; }
    public void setMinLevel(PostLevel minLevel) { this.minLevel = minLevel; }
}
