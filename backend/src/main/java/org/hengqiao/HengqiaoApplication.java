package org.hengqiao;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Hengqiao (衡桥): matches enterprises' technology needs with universities' research results. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class HengqiaoApplication {

	public static void main(String[] args) {
		SpringApplication.run(HengqiaoApplication.class, args);
	}

}
