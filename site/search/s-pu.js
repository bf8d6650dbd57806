DossierSearch.shard("pu", {"public":"3.6","push":"0.9","pushing":"2.a","put":"0.2,3.3,1.2","putin":"1.2,1.2,1.2,1.2","putting":"1.4,1.4"});
