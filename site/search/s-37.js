DossierSearch.shard("37", {"37th":"3.6"});
