from safeharbour.cli import main

main()
