module github.com/xfgen-dev/xfgen

go 1.26
