#!/bin/sh
# Copies the build to a target directory given as the first argument.
target=$1
cp -r build/* $target
echo "deployed to $target"
