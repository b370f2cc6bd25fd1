package org.vtprotect.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The home page and the notices every form links to. */
@Controller
class PlatformPages {

    @GetMapping("/")
    String home() {
        return "platform/home";
    }

    @GetMapping("/privacy")
    String privacy(Model model) {
        model.addAttribute("key", "privacy");
        return "platform/notice";
    }

    @GetMapping("/accessibility")
    String accessibility(Model model) {
        model.addAttribute("key", "accessibility");
        return "platform/notice";
    }

    /** The page shown when a signed-in visitor is denied a page. */
    @GetMapping("/error/{status:403|404}")
    String errorPage(@PathVariable int status, Model model, jakarta.servlet.http.HttpServletResponse response) {
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("titleKey", "problem." + status + ".title");
        model.addAttribute("detailKey", "problem." + status + ".detail");
        return "platform/error";
    }
}
