package org.vtprotect.network.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.vtprotect.network.MemberPrivacy;
import org.vtprotect.platform.ProblemException;

/**
 * "My data in the network": what is held, a download of all of it, leaving the network and erasure,
 * each of the last two behind a page that asks to confirm (a form posted with its CSRF token). An
 * account that is no member gets the translated 404 page.
 */
@Controller
class MyDataPages {

    private final MemberPrivacy privacy;

    MyDataPages(MemberPrivacy privacy) {
        this.privacy = privacy;
    }

    @GetMapping("/network/me")
    String page(@RequestParam(defaultValue = "false") boolean left, Model model) {
        model.addAttribute("standing", standing());
        model.addAttribute("justLeft", left);
        return "network/privacy/me";
    }

    @GetMapping("/network/me/export")
    ResponseEntity<Map<String, Object>> export() {
        Map<String, Object> data = privacy.export(PrivacyApi.me());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("my-network-data-" + LocalDate.now(ZoneOffset.UTC) + ".json")
                                .build()
                                .toString())
                .body(data);
    }

    @GetMapping("/network/me/leave")
    String toLeave(Model model) {
        MemberPrivacy.Standing standing = standing();
        if (!standing.active()) {
            throw ProblemException.conflict("network.member.notActive");
        }
        model.addAttribute("standing", standing);
        return "network/privacy/leave";
    }

    @PostMapping("/network/me/leave")
    String leave() {
        privacy.leave(PrivacyApi.me());
        return "redirect:/network/me?left=true";
    }

    @GetMapping("/network/me/erase")
    String toErase(Model model) {
        model.addAttribute("standing", standing());
        return "network/privacy/erase";
    }

    @PostMapping("/network/me/erase")
    String erase(HttpServletRequest request) {
        privacy.erase(PrivacyApi.me());
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        return "redirect:/network/erased";
    }

    @GetMapping("/network/erased")
    String erased() {
        return "network/privacy/erased";
    }

    private MemberPrivacy.Standing standing() {
        return privacy.standing(PrivacyApi.me())
                .orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "networkPrivacy.notMember"));
    }
}
