DossierSearch.shard("37", {"37th":"2.6"});
