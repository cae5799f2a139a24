package kz.egmis.web.internal;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import kz.egmis.security.Caller;

/** What every page needs: the signed-in person (or none), the page's language and the languages to switch to. */
@ControllerAdvice(basePackageClasses = PageModel.class)
class PageModel {

    @ModelAttribute
    void common(HttpServletRequest request, Model model, java.util.Locale locale) {
        SignedInPerson person = null;
        if (request.getAttribute(Caller.class.getName()) != null) {
            person = SignedInPerson.of(Caller.of(request));
        }
        model.addAttribute("me", person);
        model.addAttribute("language", locale.getLanguage());
        model.addAttribute("languages", WebConfiguration.LANGUAGES.stream().map(java.util.Locale::getLanguage).toList());
        model.addAttribute("path", request.getRequestURI());
    }
}
