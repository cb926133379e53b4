package io.github.dossier.index;

import io.github.dossier.Article;
import java.time.Instant;
import java.util.List;

/** Five short news articles and a tagger that knows their people, places and organizations. */
final class News {
  private News() {}

  static final Article GUARANTEES =
      Article.builder(
              "cbc-guarantees",
              "The United States is prepared to offer Ukraine security guarantees similar to NATO's"
                  + " Article 5, U.S. officials said on Monday after two days of talks in Berlin."
                  + " Ukrainian President Volodymyr Zelenskyy called the proposal a real step forward."
                  + " \"We need guarantees that work,\" Zelenskyy told reporters. U.S. President Donald"
                  + " Trump said a deal was closer than ever, but warned that Russia must agree to any"
                  + " settlement. Trump spoke with Zelenskyy by phone on Sunday. Officials in Kyiv"
                  + " welcomed the offer.")
          .title("U.S. offers security guarantees to Kyiv as peace talks continue")
          .source("CBC News")
          .url("https://www.cbc.ca/news/world/ukraine-security-guarantees-1.7000001")
          .published(Instant.parse("2025-12-15T14:30:00Z"))
          .metadata("language", "en")
          .metadata("section", "World")
          .build();

  static final Article BERLIN =
      Article.builder(
              "reuters-berlin",
              "Volodymyr Zelenskyy arrived in Berlin on Sunday for talks with German Chancellor"
                  + " Friedrich Merz and other European leaders. Merz said Europe would stand with"
                  + " Ukraine for as long as it takes. Zelenskyy said Ukraine was ready to discuss a"
                  + " ceasefire along the current front line if Russia stopped its attacks. The"
                  + " European Union is preparing a new package of sanctions against Russia.")
          .title("Zelenskyy meets European leaders in Berlin")
          .source("Reuters")
          .published(Instant.parse("2025-12-14T18:00:00Z"))
          .build();

  static final Article PUTIN =
      Article.builder(
              "ap-putin",
              "Russian President Vladimir Putin said on Wednesday that Moscow would never accept"
                  + " NATO troops in Ukraine, rejecting a key part of the European proposals. Putin's"
                  + " remarks came as U.S. envoys prepared to travel to Moscow. \"Russia's position has"
                  + " not changed,\" Putin told a meeting of defence officials in Moscow.")
          .title("Putin says Russia will not accept NATO troops in Ukraine")
          .source("Associated Press")
          .published(Instant.parse("2025-12-10T09:15:00Z"))
          .build();

  static final Article ODESA =
      Article.builder(
              "bbc-odesa",
              "Russian drones struck the port of Odesa overnight, damaging grain silos and a civilian"
                  + " ship, Ukrainian officials said. Ukraine's air force said it shot down 48 of 60"
                  + " drones launched by Russia. Zelensky urged allies to send more air defence"
                  + " systems to protect Odesa and other cities.")
          .title("Drone strikes hit Odesa port")
          .source("BBC News")
          .published(Instant.parse("2025-11-20T06:45:00Z"))
          .build();

  static final Article TRADE =
      Article.builder(
              "cbc-trade",
              "Prime Minister Mark Carney welcomed Spanish Prime Minister Pedro Sánchez to Ottawa on"
                  + " Tuesday. The two leaders agreed to deepen trade between Canada and the European"
                  + " Union. Sánchez said Madrid wanted Canadian investment in renewable energy."
                  + " Carney is expected to visit Madrid in the autumn.")
          .title("Carney and Sánchez pledge to deepen trade ties")
          .source("CBC News")
          .published(Instant.parse("2025-06-03T12:00:00Z"))
          .build();

  static final List<Article> ALL = List.of(GUARANTEES, BERLIN, PUTIN, ODESA, TRADE);

  /** A tagger that knows every entity of these articles. */
  static FakeTagger tagger() {
    return new FakeTagger()
        .person("Volodymyr Zelenskyy", "Zelenskyy", "Zelensky")
        .person("Donald Trump", "Trump")
        .person("Vladimir Putin", "Putin")
        .person("Friedrich Merz", "Merz")
        .person("Pedro Sánchez", "Sánchez")
        .person("Mark Carney", "Carney")
        .place("Ukraine")
        .place("Russia")
        .place("United States", "U.S.")
        .place("Kyiv")
        .place("Berlin")
        .place("Moscow")
        .place("Odesa")
        .place("Ottawa")
        .place("Madrid")
        .org("NATO")
        .org("European Union");
  }
}
