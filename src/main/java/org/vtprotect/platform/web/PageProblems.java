package org.vtprotect.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.vtprotect.platform.ProblemException;

/** Shows a {@link ProblemException} raised by a page controller as the translated error page. */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageProblems {

    private final WebContextAdvice web;

    PageProblems(WebContextAdvice web) {
        this.web = web;
    }

    /** Someone else saved the same record in the meantime: say so rather than fail. */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    ModelAndView concurrentChange(HttpServletRequest request) {
        return problem(ProblemException.conflict("problem.concurrentChange"), request);
    }

    @ExceptionHandler(ProblemException.class)
    ModelAndView problem(ProblemException e, HttpServletRequest request) {
        HttpStatus status = ErrorPages.known(e.status());
        ModelAndView page = new ModelAndView("platform/error", e.status());
        page.addObject("web", web.of(request));
        page.addObject("status", e.status().value());
        page.addObject("titleKey", "problem." + status.value() + ".title");
        page.addObject("detailKey", e.messageKey());
        return page;
    }
}
