# Sourced by bin/test: the manifests' test renders deploy/k8s with kubectl's kustomize. Installs Debian's
# kubernetes-client when there is no kubectl and we may use apt-get (the manifests are written for its kustomize 2
# as well as for kustomize 5).
if ! command -v kubectl >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "Installing kubernetes-client (kubectl) for the manifests' test..." >&2
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq kubernetes-client >/dev/null
    elif command -v sudo >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
        sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq kubernetes-client >/dev/null
    else
        echo "The manifests' test needs kubectl on the PATH (Debian: apt-get install kubernetes-client)." >&2
        exit 1
    fi
fi
