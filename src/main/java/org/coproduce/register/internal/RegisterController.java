package org.coproduce.register.internal;

import java.util.UUID;
import org.coproduce.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The public register's pages. No login: {@code /register/**} lies outside the API's security
 * chain and the Camunda webapps' filters (docs/open-data.md); everything shown is public.
 */
@Controller
class RegisterController {

  private final RegisterViews views;

  RegisterController(RegisterViews views) {
    this.views = views;
  }

  @GetMapping({"/register", "/register/"})
  String home(Model model) {
    model.addAttribute("page", views.home());
    return "register/home";
  }

  @GetMapping("/register/cases/{caseRef}")
  String casePage(@PathVariable String caseRef, Model model) {
    model.addAttribute("page", views.casePage(caseRef));
    return "register/case";
  }

  @GetMapping("/register/tenders/{tenderId}")
  String tenderPage(@PathVariable UUID tenderId, Model model) {
    model.addAttribute("page", views.tenderPage(tenderId));
    return "register/tender";
  }

  /** A page of its own rather than the API's problem+json: people read these pages. */
  @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound(Model model) {
    return "register/not-found";
  }
}
