DossierSearch.shard("bl", {"black":"4.6","blinken":"0.9","bloc":"0.2,1.2,1.2","blocs":"0.1,1.1,1.1,1.1,1.1","blunting":"0.6"});
