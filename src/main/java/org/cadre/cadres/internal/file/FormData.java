package org.cadre.cadres.internal.file;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the approval form (干部任免审批表) prints, in one language, ready to lay out as PDF, Word or LRMX.
 *
 * @param age      in completed years on {@code ageDate} (计算年龄时间)
 * @param resume   the résumé's lines, formatted
 * @param rewards  rewards and punishments, one per line
 */
record FormData(long personId, String name, String gender, LocalDate birthDate, int age, String ethnicity,
                String nativePlace, String birthplace, LocalDate partyJoinDate, LocalDate workStartDate, String health,
                String professionalTitle, String specialty, Education fulltime, Education inservice,
                String currentPost, String proposedPost, String removedPost, List<String> resume, List<String> rewards,
                String annualResults, String reason, String approvingBody, LocalDate ageDate, LocalDate fillDate,
                String filledBy, String nationalId, Photo photo, List<Family> family, boolean familyIncluded) {

    /** 学历 (education), 学位 (degree) and the school and major of each (毕业院校系及专业). */
    record Education(String education, String degree, String educationSchool, String degreeSchool) {

        static Education none() {
            return new Education("", "", "", "");
        }
    }

    /** @param age in completed years on the same day as the person's age, null without a birth date */
    record Family(String relation, String name, LocalDate birthDate, Integer age, String political,
                  String employerPost) {
    }

    record Photo(String contentType, byte[] content) {
    }
}
