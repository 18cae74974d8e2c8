module github.com/msdklint/msdklint/catalog

go 1.22
