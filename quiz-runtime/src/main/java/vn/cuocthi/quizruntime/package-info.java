/**
 * Contestants: registration, sign-in, exam engine, leaderboards, public statistics pages.
 * Depends on platform-core only; never on tenant-admin.
 */
@ApplicationModule(allowedDependencies = "platformcore")
package vn.cuocthi.quizruntime;

import org.springframework.modulith.ApplicationModule;
