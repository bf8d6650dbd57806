DossierSearch.shard("pu", {"public":"4.6","push":"0.9","pushing":"3.a","push~":"3.a","put":"0.2,1.2,3.3","putin":"1.2,1.2,1.2,1.1","putting":"2.4,1.4","put~":"2.4,1.4"});
