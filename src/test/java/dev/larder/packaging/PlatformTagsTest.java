package dev.larder.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlatformTagsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "any", "win32", "win_amd64", "win_arm64", "win_ia64", "manylinux1_x86_64", "manylinux2010_i686",
        "manylinux2014_aarch64", "manylinux2014_ppc64", "linux_armv6l", "linux_armv7l",
        "manylinux_2_17_x86_64", "manylinux_2_28_riscv64", "manylinux_2_5_ppc64", "musllinux_1_2_aarch64",
        "macosx_10_9_x86_64", "macosx_10_15_universal2", "macosx_10_4_fat3", "macosx_11_0_arm64",
        "macosx_14_0_universal2", "macosx_26_0_arm64", "ios_13_0_arm64_iphoneos", "ios_12_0_x86_64_iphonesimulator",
        "android_21_arm64_v8a", "android_24_x86", "pyemscripten_2024_0_wasm32", "WIN_AMD64", "MacOSX_11_0_ARM64",
    })
    void pypiAcceptsTheseWheelPlatforms(String tag) {
        assertThat(PlatformTags.isAllowedOnUpload(tag)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "linux_x86_64", "linux_i686", "linux_aarch64", "manylinux2014_riscv64", "musllinux_1_2_ppc64",
        "manylinux_2_17_sparc", "macosx_11_1_arm64", "macosx_12_3_x86_64", "macosx_16_0_arm64",
        "macosx_9_0_x86_64", "macosx_10_9_arm", "macosx_10_9_fat32", "ios_13_0_armv7_iphoneos",
        "ios_13_0_arm64", "android_21_mips", "pyemscripten_2024_0_wasm64", "emscripten_3_1_58_wasm32",
        "cygwin_x86_64", "", "manylinux_2_x86_64", "win_amd64 ",
    })
    void pypiRefusesTheseWheelPlatforms(String tag) {
        assertThat(PlatformTags.isAllowedOnUpload(tag)).isFalse();
    }
}
