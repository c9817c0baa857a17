package org.resulta.identity.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security processes the form posted to {@code /login}. */
@Controller
class SignInController {

    private final boolean demo;

    SignInController(@Value("${resulta.demo:true}") boolean demo) {
        this.demo = demo;
    }

    @GetMapping("/login")
    String signIn(Model model) {
        model.addAttribute("demo", demo);
        return "identity/login";
    }
}
