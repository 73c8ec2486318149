# Sourced by bin/test: the browser tests drive Debian's chromium through chromedriver.
# Installs both when they are missing and we may use apt-get; never lets a tool download its own browser.
if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "Installing chromium and chromium-driver for the browser tests..." >&2
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
    elif command -v sudo >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
        sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
    else
        echo "The browser tests need chromium and chromedriver on the PATH (Debian: apt-get install chromium chromium-driver)." >&2
        exit 1
    fi
fi
