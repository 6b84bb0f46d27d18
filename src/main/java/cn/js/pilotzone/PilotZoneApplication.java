package cn.js.pilotzone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PilotZoneApplication {

    public static void main(String[] args) {
        SpringApplication.run(PilotZoneApplication.class, args);
    }
}
