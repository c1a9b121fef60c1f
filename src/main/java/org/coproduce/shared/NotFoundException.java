package org.coproduce.shared;

/** The requested thing does not exist, or the caller may not know that it exists. */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String message) {
    super(message);
  }
}
