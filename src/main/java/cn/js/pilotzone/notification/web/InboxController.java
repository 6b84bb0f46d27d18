package cn.js.pilotzone.notification.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

import cn.js.pilotzone.identity.AccountPrincipal;
import cn.js.pilotzone.notification.Inbox;

/** The current person's messages. */
@Controller
class InboxController {

    private final Inbox inbox;

    InboxController(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/account/messages")
    String messages(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        model.addAttribute("messages", inbox.latest(me));
        return "notification/messages";
    }

    @PostMapping("/account/messages/read")
    String markRead(@AuthenticationPrincipal AccountPrincipal me) {
        inbox.markAllRead(me);
        return "redirect:/account/messages";
    }
}
