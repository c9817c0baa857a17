package org.resulta.framework.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.resulta.framework.FrameworkPack;
import org.resulta.framework.FrameworkPacks;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/v1/frameworks")
@Tag(name = "Frameworks", description = "Framework packs: the levels, documents and terms of each framework")
class FrameworkApiController {

    private final FrameworkPacks packs;

    FrameworkApiController(FrameworkPacks packs) {
        this.packs = packs;
    }

    @GetMapping
    List<FrameworkPack> all() {
        return packs.all();
    }

    @GetMapping("/{code}")
    FrameworkPack get(@PathVariable String code) {
        return packs.get(code);
    }
}
