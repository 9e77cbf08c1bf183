package com.wuyebot.integration.state;

/** The backing server of a {@link StateStore} could not be reached or failed to answer. */
public class StateStoreUnavailableException extends RuntimeException {

  public StateStoreUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
