package org.coproduce.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on real PostgreSQL, on a random port, deploying everything in processes/
 * and forms/, sending mail to {@link TestMailServer}. Test classes share one context (and one
 * database) per JVM. The clock is a {@link TestClock} (system time unless a test moves it; such
 * tests reset it after each test).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = {PostgresInitializer.class, TestMailServer.class})
@Import(TestClock.Configuration.class)
public @interface PostgresIntegrationTest {
}
