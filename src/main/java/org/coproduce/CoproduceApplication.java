package org.coproduce;

import org.coproduce.record.VerifyDecisionRecordCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Coproduce: co-produced commissioning of public services on the embedded Camunda 7 engine.
 * Each top-level package below is one application module (see ModularityTests).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CoproduceApplication {

  public static void main(String[] args) {
    // The audit check runs on its own, without the web server and the engine (docs/decision-record.md).
    if (VerifyDecisionRecordCommand.requested(args)) {
      System.exit(VerifyDecisionRecordCommand.run(args));
    }
    SpringApplication.run(CoproduceApplication.class, args);
  }
}
