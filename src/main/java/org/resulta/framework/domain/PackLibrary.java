package org.resulta.framework.domain;

import org.resulta.framework.FrameworkPack;
import org.resulta.framework.FrameworkPacks;
import org.resulta.shared.NotFoundException;
import org.resulta.shared.ResultLevel;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads every {@code framework/*.yaml} pack at start-up and checks it: a code, a name, a term for each level of
 * the results chain, a financial-year start month. A broken pack stops the start with the file named.
 */
@Component
class PackLibrary implements FrameworkPacks {

    private final Map<String, FrameworkPack> packs;

    PackLibrary() {
        this(loadAll("classpath*:framework/*.yaml"));
    }

    PackLibrary(Map<String, FrameworkPack> packs) {
        if (!packs.containsKey(GENERIC)) {
            throw new IllegalStateException("The generic results-based management pack '" + GENERIC + "' is missing");
        }
        this.packs = packs;
    }

    static Map<String, FrameworkPack> loadAll(String pattern) {
        YAMLMapper yaml = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        Map<String, FrameworkPack> found = new LinkedHashMap<>();
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources(pattern);
            Arrays.sort(files, Comparator.comparing(Resource::getFilename));
            for (Resource file : files) {
                FrameworkPack pack = read(yaml, file);
                if (found.putIfAbsent(pack.code(), pack) != null) {
                    throw new IllegalStateException("Two framework packs use the code '" + pack.code() + "'");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the framework packs", e);
        }
        return found;
    }

    static FrameworkPack read(YAMLMapper yaml, Resource file) {
        FrameworkPack pack;
        try (InputStream in = file.getInputStream()) {
            pack = yaml.readValue(in, FrameworkPack.class);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Framework pack " + file.getFilename() + " cannot be read: " + e.getMessage(), e);
        }
        check(pack, file.getFilename());
        return pack;
    }

    static void check(FrameworkPack pack, String file) {
        if (pack.code() == null || pack.code().isBlank() || pack.name() == null || pack.name().isBlank()) {
            throw new IllegalStateException("Framework pack " + file + " needs a code and a name");
        }
        for (ResultLevel level : ResultLevel.values()) {
            if (pack.levels() == null || pack.levels().get(level) == null || pack.levels().get(level).singular() == null) {
                throw new IllegalStateException("Framework pack " + file + " names no term for the level " + level);
            }
        }
        if (pack.periods() == null || pack.periods().financialYearStartMonth() < 1
                || pack.periods().financialYearStartMonth() > 12) {
            throw new IllegalStateException("Framework pack " + file + " needs periods.financialYearStartMonth from 1 to 12");
        }
        if (pack.terms() != null) {
            for (String key : pack.terms().keySet()) {
                if (!FrameworkPack.GENERIC_TERMS.containsKey(key)) {
                    throw new IllegalStateException("Framework pack " + file + " defines an unknown term '" + key
                            + "'; known terms: " + FrameworkPack.GENERIC_TERMS.keySet());
                }
            }
        }
    }

    @Override
    public List<FrameworkPack> all() {
        return List.copyOf(packs.values());
    }

    @Override
    public FrameworkPack get(String code) {
        FrameworkPack pack = code == null ? null : packs.get(code);
        if (pack == null) {
            throw new NotFoundException("frameworkCode", "framework pack", code, "known packs: " + String.join(", ", packs.keySet()));
        }
        return pack;
    }

    @Override
    public boolean exists(String code) {
        return code != null && packs.containsKey(code);
    }
}
