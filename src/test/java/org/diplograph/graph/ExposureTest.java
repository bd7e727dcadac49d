package org.diplograph.graph;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.diplograph.DiplographException;
import org.diplograph.config.DiplographProperties;
import org.junit.jupiter.api.Test;

class ExposureTest {

  private static DiplographProperties.Neo4j config(String address, boolean auth, String password) {
    DiplographProperties.Neo4j c = new DiplographProperties().getNeo4j();
    c.setListenAddress(address);
    c.setAuth(auth);
    c.setPassword(password);
    return c;
  }

  @Test
  void loopbackNeedsNoPassword() {
    assertThatCode(() -> Graph.checkExposure(config("127.0.0.1", false, null))).doesNotThrowAnyException();
    assertThatCode(() -> Graph.checkExposure(config("localhost", false, null))).doesNotThrowAnyException();
  }

  @Test
  void anyOtherAddressNeedsAuthenticationWithARealPassword() {
    assertThatThrownBy(() -> Graph.checkExposure(config("0.0.0.0", false, null)))
        .isInstanceOf(DiplographException.BadConfig.class).hasMessageContaining("expose");
    assertThatThrownBy(() -> Graph.checkExposure(config("0.0.0.0", true, "neo4j"))).isInstanceOf(DiplographException.BadConfig.class);
    assertThatThrownBy(() -> Graph.checkExposure(config("10.1.2.3", true, "short"))).isInstanceOf(DiplographException.BadConfig.class);
    assertThatCode(() -> Graph.checkExposure(config("0.0.0.0", true, "a-long-secret"))).doesNotThrowAnyException();
  }
}
