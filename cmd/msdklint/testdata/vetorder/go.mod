module example.com/vetorder

go 1.22
