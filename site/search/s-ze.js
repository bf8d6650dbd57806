DossierSearch.shard("ze", {"zedong":"1.6,2.6","zero":"3.6"});
