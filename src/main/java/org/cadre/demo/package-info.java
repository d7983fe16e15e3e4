/**
 * The fictional demo company (江源新能源材料股份有限公司, "Jiangyuan New Energy Materials"), loaded into an empty
 * database when {@code cadre.demo.enabled} (profile {@code demo}), and the data generator behind it that also makes
 * large companies for benchmarks. Everyone in it is invented.
 *
 * <p>The generator writes the organization and people tables with batched SQL rather than through the modules'
 * command APIs: 100,000 people through per-row commands (each audited, each checking scope) would take minutes,
 * and the generator has no user to audit. Demo accounts go through {@code AccountAdministration}; the finished 2025
 * annual appraisal of the mid-level cadres through assessment's {@code AssessmentHistory}, the two open ballots
 * through {@code Ballots}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "ballots", "assessment",
        "cadres", "congress"})
package org.cadre.demo;
