package cn.js.pilotzone.workspace.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import cn.js.pilotzone.workspace.TodoItem;
import cn.js.pilotzone.workspace.TodoProvider;

@Controller
class HomeController {

    private final List<TodoProvider> providers;
    private final Clock clock;

    HomeController(List<TodoProvider> providers, Clock clock) {
        this.providers = providers;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(Model model) {
        List<TodoItem> todos = providers.stream()
                .flatMap(provider -> provider.todosForCurrentUser().stream())
                .sorted(Comparator.comparing(TodoItem::deadline, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        model.addAttribute("todos", todos);
        model.addAttribute("today", LocalDate.now(clock));
        return "workspace/home";
    }
}
