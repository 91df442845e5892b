bad()  # want: FG9901
bad(); bad()  # want: FG9901 FG9901
# want-next: FG9901[high]
bad()
bad(1)  # want: FG9901[low]
good()
bad()  # want: FG9902
bad(2)
