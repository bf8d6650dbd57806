DossierSearch.shard("dr", {"dreaded":"3.6","drew":"2.6","drifting":"1.6","drills":"1.4,2.4","drivers":"4.6"});
