package org.resulta.organisation.domain;

import org.junit.jupiter.api.Test;
import org.resulta.organisation.OrgUnitType;
import org.resulta.organisation.OrgUnitView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The unit chooser of a national tree: a government, 10 departments, 16 regional offices each, 60 field offices
 * under each regional office (9,771 units) cannot be listed whole; its top levels and the neighbourhood of the
 * chosen unit are.
 */
class UnitChoicesTests {

    private static final List<OrgUnitView> NATION = nation();

    @Test
    void listsASmallTreeWhole() {
        List<OrgUnitView> small = NATION.subList(0, 62);

        assertThat(UnitChoices.around(small, null, 400)).isEqualTo(small);
    }

    @Test
    void listsTheTopLevelsThatFitInHalfTheAllowanceWhenNothingIsChosen() {
        List<OrgUnitView> choices = UnitChoices.around(NATION, null, 400);

        // government + 10 departments + 160 regional offices = 171 <= 200; with field offices it would not fit
        assertThat(choices).hasSize(171).allMatch(u -> u.level() <= 3);
        assertThat(choices).isSortedAccordingTo((a, b) -> Integer.compare(a.preOrder(), b.preOrder()));
    }

    @Test
    void addsTheChosenUnitsAncestorsSiblingsAndSubUnits() {
        OrgUnitView office = find("D03-R05");
        OrgUnitView field = find("D03-R05-F07");

        List<String> aroundOffice = codes(UnitChoices.around(NATION, office, 400));
        List<String> aroundField = codes(UnitChoices.around(NATION, field, 400));

        assertThat(aroundOffice).hasSize(171 + 60).contains("D03-R05-F01", "D03-R05-F60").doesNotContain("D03-R06-F01");
        // a field office: its 59 sibling field offices come along (it has no sub-units), its ancestors are listed anyway
        assertThat(aroundField).hasSize(171 + 60).contains("GOV", "D03", "D03-R05", "D03-R05-F07", "D03-R05-F60");
        assertThat(aroundField.indexOf("D03-R05-F07")).isGreaterThan(aroundField.indexOf("D03-R05"))
                .isLessThan(aroundField.indexOf("D03-R06"));
    }

    @Test
    void alwaysListsTheTopLevelEvenWhenItAloneIsLarge() {
        List<OrgUnitView> flat = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            flat.add(unit(i + 1, "ROOT-" + i, null, 1, i, 1, List.of()));
        }

        assertThat(UnitChoices.around(flat, null, 400)).hasSize(500);
    }

    // ---- the tree

    private static List<OrgUnitView> nation() {
        List<OrgUnitView> all = new ArrayList<>();
        long[] id = {1};
        int[] pre = {0};
        OrgUnitView gov = unit(id[0]++, "GOV", null, 1, pre[0]++, 1 + 10 * (1 + 16 * 61), List.of());
        all.add(gov);
        for (int d = 1; d <= 10; d++) {
            String dc = String.format("D%02d", d);
            OrgUnitView dept = unit(id[0]++, dc, "GOV", 2, pre[0]++, 1 + 16 * 61, List.of(gov.id()));
            all.add(dept);
            for (int r = 1; r <= 16; r++) {
                String rc = dc + String.format("-R%02d", r);
                OrgUnitView region = unit(id[0]++, rc, dc, 3, pre[0]++, 61, List.of(gov.id(), dept.id()));
                all.add(region);
                for (int f = 1; f <= 60; f++) {
                    all.add(unit(id[0]++, rc + String.format("-F%02d", f), rc, 4, pre[0]++, 1,
                            List.of(gov.id(), dept.id(), region.id())));
                }
            }
        }
        return all;
    }

    private static OrgUnitView unit(long id, String code, String parent, int level, int preOrder, int size,
                                    List<Long> ancestors) {
        StringBuilder path = new StringBuilder("/");
        ancestors.forEach(a -> path.append(a).append('/'));
        path.append(id).append('/');
        return new OrgUnitView(id, code, code, level == 1 ? OrgUnitType.GOVERNMENT : OrgUnitType.DEPARTMENT, parent,
                level, path.toString(), preOrder, size, LocalDate.of(2000, 1, 1), null, null, null);
    }

    private static OrgUnitView find(String code) {
        return NATION.stream().filter(u -> u.code().equals(code)).findFirst().orElseThrow();
    }

    private static List<String> codes(List<OrgUnitView> units) {
        return units.stream().map(OrgUnitView::code).toList();
    }
}
