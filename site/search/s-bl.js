DossierSearch.shard("bl", {"black":"1.6","blinken":"0.9","bloc":"0.2,2.2,1.2","blocs":"0.1,1.1,1.1,1.1,1.1","bloc~":"0.1,1.1,1.1,1.1,1.1","blunting":"0.6","blunt~":"0.6"});
