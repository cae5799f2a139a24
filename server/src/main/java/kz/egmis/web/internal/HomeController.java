package kz.egmis.web.internal;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import kz.egmis.security.Caller;
import kz.egmis.security.Role;
import kz.egmis.security.SignInMethods;

/** The home page, the sign-in page, and where a person lands after signing in. */
@Controller
class HomeController {

    private final SignInMethods signInMethods;

    HomeController(SignInMethods signInMethods) {
        this.signInMethods = signInMethods;
    }

    @GetMapping("/")
    String home() {
        return "index";
    }

    @GetMapping("/login")
    String signIn(org.springframework.ui.Model model) {
        model.addAttribute("identityProvider", signInMethods.identityProvider() ? SignInMethods.IDENTITY_PROVIDER_PATH : null);
        return "login";
    }

    /** After signing in: the findings queue for those who read findings, else the home page. */
    @GetMapping("/start")
    String start(HttpServletRequest request) {
        Role role = Caller.of(request).role();
        return role.seesAllFacilities() || role == Role.FACILITY_MANAGER ? "redirect:/findings" : "redirect:/";
    }
}
