package com.wuyebot.integration.wechat.outbound;

/** A WeChat API call failed; keeps WeChat's errcode and what it means for the caller. */
public class WechatApiException extends RuntimeException {

  /** The errcode used for failures below the API: timeouts, refused connections, HTTP errors. */
  public static final int TRANSPORT_ERROR = -1;

  private final int errorCode;
  private final ApiFailure failure;

  public WechatApiException(String api, int errorCode, String errorMessage, Throwable cause) {
    super(api + " failed with errcode " + errorCode + ": " + errorMessage, cause);
    this.errorCode = errorCode;
    this.failure = ApiFailure.of(errorCode);
  }

  public int errorCode() {
    return errorCode;
  }

  public ApiFailure failure() {
    return failure;
  }
}
