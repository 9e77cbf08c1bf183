package com.wuyebot.bot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class BotApplication {

  public static void main(String[] args) {
    useJdkXmlParsers();
    SpringApplication.run(BotApplication.class, args);
  }

  /**
   * WxJava creates an XML parser for every push. Without these properties each creation searches
   * the whole class path (inside the fat jar) for a parser implementation, which costs more than
   * the parsing itself. The JDK's own parsers are the ones it would find anyway.
   */
  static void useJdkXmlParsers() {
    setIfAbsent("javax.xml.parsers.SAXParserFactory", "com.sun.org.apache.xerces.internal.jaxp.SAXParserFactoryImpl");
    setIfAbsent("javax.xml.parsers.DocumentBuilderFactory", "com.sun.org.apache.xerces.internal.jaxp.DocumentBuilderFactoryImpl");
  }

  private static void setIfAbsent(String property, String value) {
    if (System.getProperty(property) == null) {
      System.setProperty(property, value);
    }
  }
}
