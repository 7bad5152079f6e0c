package dev.roletck.features;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PARALLEL_EXECUTION_ENABLED_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

/**
 * The features of every language, run by Cucumber on the JUnit Platform against the reference
 * policy and the matrices. Reports go where the build's {@code cucumber.plugin} property says
 * (HTML, JSON and JUnit XML under the build directory's {@code cucumber/}). Scenarios run in parallel, one
 * thread per core: each has its own step objects, and the sources they read are shared read-only.
 */
@Suite
@IncludeEngines("cucumber")
@SelectDirectories("features")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "dev.roletck.features")
@ConfigurationParameter(key = PARALLEL_EXECUTION_ENABLED_PROPERTY_NAME, value = "true")
class RunFeaturesTest {
}
