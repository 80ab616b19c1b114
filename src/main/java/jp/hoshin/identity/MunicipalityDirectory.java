package jp.hoshin.identity;

import java.util.List;

/** What identity needs to know of the municipalities (implemented by the municipality module). */
public interface MunicipalityDirectory {

    record MunicipalityChoice(String code, String name) {}

    List<MunicipalityChoice> municipalities();

    boolean exists(String code);
}
