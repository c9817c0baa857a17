package org.resulta.framework;

import java.util.List;

/** The framework packs this installation ships. Reference data: any signed-in user may read them. */
public interface FrameworkPacks {

    String GENERIC = "rbm";

    List<FrameworkPack> all();

    /** The pack with this code; refuses an unknown code with the known ones named. */
    FrameworkPack get(String code);

    boolean exists(String code);
}
