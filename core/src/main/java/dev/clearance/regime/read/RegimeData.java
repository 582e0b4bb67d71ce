package dev.clearance.regime.read;

import dev.clearance.regime.ControlList;
import dev.clearance.regime.EarData;
import dev.clearance.regime.Regimes;
import dev.clearance.regime.Regions;
import java.util.List;

/**
 * The data bundled with Clearance, read and validated once: the regimes (Japan, Korea, the United States, the
 * European Union), the regions measures are limited to, the US EAR's tables and the control-list catalogue. The
 * model's classes do not load themselves: whoever needs the bundled data asks here.
 */
public final class RegimeData {
    private static final List<String> BUNDLED = List.of("regimes/jp.yaml", "regimes/kr.yaml", "regimes/us.yaml", "regimes/eu.yaml");

    private RegimeData() {
    }

    /** The regimes shipped with Clearance, loaded and validated once. */
    public static Regimes bundled() {
        return Holder.BUNDLED_REGIMES;
    }

    /** The bundled regions, read once. */
    public static Regions regions() {
        return RegionsReader.bundled();
    }

    /** The bundled US EAR tables, read once. */
    public static EarData ear() {
        return EarTables.bundled();
    }

    /** The bundled control-list catalogue, read once. */
    public static ControlList controlList() {
        return ControlListReader.bundled();
    }

    private static final class Holder {
        static final Regimes BUNDLED_REGIMES = new Regimes(BUNDLED.stream().map(RegimeLoader::resource).toList());
    }
}
