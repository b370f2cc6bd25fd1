package org.vtprotect.platform.web;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.vtprotect.platform.HomeSection;

/** The home page, with the {@link HomeSection}s modules add to it, and the notices every form links to. */
@Controller
class PlatformPages {

    private final List<HomeSection> sections;
    private final TemplateEngine templates;

    PlatformPages(List<HomeSection> sections, TemplateEngine templates) {
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(HomeSection::order))
                .toList();
        this.templates = templates;
    }

    @GetMapping("/")
    String home(Model model) {
        Object web = model.getAttribute("web");
        List<Content> blocks = sections.stream()
                .map(section -> {
                    Map<String, Object> parameters = Map.of("web", web, "section", section.model());
                    return (Content) output -> templates.render(section.template() + ".jte", parameters, output);
                })
                .toList();
        model.addAttribute("sections", blocks);
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
