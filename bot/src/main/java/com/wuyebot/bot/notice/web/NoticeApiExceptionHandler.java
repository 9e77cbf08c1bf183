package com.wuyebot.bot.notice.web;

import com.wuyebot.bot.notice.InvalidNoticeException;
import com.wuyebot.bot.notice.NoticeConflictException;
import com.wuyebot.integration.wechat.outbound.WechatApiException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Notice errors as problem details, for this feature's controllers only. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = {NoticeApiController.class, NoticeAudienceApiController.class})
class NoticeApiExceptionHandler {

  @ExceptionHandler(InvalidNoticeException.class)
  ProblemDetail invalid(InvalidNoticeException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
  }

  @ExceptionHandler(NoticeConflictException.class)
  ProblemDetail conflict(NoticeConflictException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    problem.setProperty("noticeStatus", e.status().name());
    return problem;
  }

  @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
  ProblemDetail concurrentChange(ObjectOptimisticLockingFailureException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "Changed by someone else at the same time; read it again and retry");
  }

  /** A preview WeChat refused, e.g. 43004 when the openid does not follow the account. */
  @ExceptionHandler(WechatApiException.class)
  ProblemDetail wechat(WechatApiException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
        "WeChat refused the message: errcode " + e.errorCode());
    problem.setProperty("errcode", e.errorCode());
    return problem;
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ProblemDetail badRequest(IllegalArgumentException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
  }
}
