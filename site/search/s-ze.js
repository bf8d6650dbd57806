DossierSearch.shard("ze", {"zedong":"2.9","zero":"4.6"});
